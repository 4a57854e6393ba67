/**
 * ETS, Erlang term storage (OTP 25's {@code erl_db.c}, {@code erl_db_hash.c},
 * {@code erl_db_tree.c}): tables of tuples owned by a process, shared by the VM.
 *
 * <p>{@link org.jbeam.vm.ets.EtsTables} is the VM's registry of tables (by table id and by
 * name); {@link org.jbeam.vm.ets.EtsTable} is one table, with {@link org.jbeam.vm.ets.HashTable}
 * ({@code set}, {@code bag}, {@code duplicate_bag}) and {@link org.jbeam.vm.ets.OrderedTable}
 * ({@code ordered_set}) as its two layouts. Every object a table holds is a deep copy in memory
 * the table owns ({@link org.jbeam.vm.ets.StoredObject}); reads copy objects out into the
 * caller's heap. {@link org.jbeam.vm.ets.EtsBifs} is the {@code ets} module's BIFs;
 * {@link org.jbeam.vm.ets.EtsSelectBifs} and {@link org.jbeam.vm.ets.EtsSelect} are the ones
 * built on match specifications ({@code org.jbeam.vm.matchspec}): select, match and their
 * chunks and continuations; {@link org.jbeam.vm.ets.EtsSettingsBifs} changes a table's
 * settings ({@code setopts/2}, {@code safe_fixtable/2}) and lists the tables.
 *
 * <p>Processes on several schedulers use a table at once: each table has a read/write lock
 * ({@link org.jbeam.vm.ets.EtsTable#readLock}), readers sharing it on a {@code read_concurrency}
 * table; on a {@code write_concurrency} hash table ({@code set}, {@code bag},
 * {@code duplicate_bag}) a one-key operation shares the table and locks only its key's stripe
 * ({@link org.jbeam.vm.ets.HashTable}), so writers of different keys run in parallel, and
 * whole-table operations lock the table. An {@code ordered_set} with {@code write_concurrency}
 * keeps the one lock (OTP uses a contention-adapting tree there).
 */
package org.jbeam.vm.ets;
