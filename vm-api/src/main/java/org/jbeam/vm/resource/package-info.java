/**
 * Resources: Java objects that Erlang code holds through a term, as OTP's NIF resources
 * ({@code erl_nif.c}'s {@code enif_make_resource}) are held through a magic reference.
 *
 * <p>{@link org.jbeam.vm.resource.ResourceTable} keeps the objects of one kind by number and
 * hands out their references: local references of three ids whose third id is the kind's
 * mark. {@code make_ref/0} puts zero there, so a resource reference never equals a reference a
 * program made, and each kind's mark keeps kinds apart. Marks in use: {@code 0xE75} ETS tables,
 * {@code 0x35EC} compiled match specifications, {@code 0xC0DE} prepared code,
 * {@code 0xF11E} open files, {@code 0xB0FF} {@code prim_buffer} buffers, {@code 0xA70} atomics and counters arrays.
 *
 * <p>OTP frees a resource when the garbage collector drops its last reference; jbeam's
 * collector does not track references, so a resource says itself when it goes: when it is
 * closed, or when the process that owns it exits ({@link org.jbeam.vm.resource.ResourceTable#ownedBy}).
 */
package org.jbeam.vm.resource;
