%% atomics and counters, one behaviour per clause (references are never returned: each VM has its own).
-module(batomics).
-export([t/1]).
c(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, _, Info} | _]) -> {M, F, Info}.
s() -> atomics:new(3, []).
u() -> atomics:new(2, [{signed, false}]).
t(1) -> A = s(), {atomics:put(A, 1, 5), atomics:get(A, 1), atomics:get(A, 3)};
t(2) -> A = s(), atomics:add(A, 1, (1 bsl 63) - 1), atomics:add(A, 1, 5), atomics:get(A, 1);
t(3) -> A = s(), {atomics:add_get(A, 2, -1), atomics:sub_get(A, 2, 5), atomics:sub(A, 2, 1), atomics:get(A, 2)};
t(4) -> A = s(), {atomics:exchange(A, 3, 7), atomics:compare_exchange(A, 3, 7, 9), atomics:compare_exchange(A, 3, 7, 10), atomics:get(A, 3)};
t(5) -> A = s(), [c(fun() -> atomics:put(A, I, 1) end) || I <- [0, 4, -1, x]];
t(6) -> A = s(), [c(fun() -> atomics:put(A, 1, V) end) || V <- [1 bsl 63, -(1 bsl 63), -(1 bsl 63) - 1, 1.0]];
t(7) -> A = s(), [c(fun() -> atomics:add(A, 1, V) end) || V <- [1 bsl 64, (1 bsl 64) - 1, -(1 bsl 63), -(1 bsl 63) - 1]] ++ [atomics:get(A, 1)];
t(8) -> U = u(), [c(fun() -> atomics:put(U, 1, -1) end), atomics:put(U, 1, (1 bsl 64) - 1), atomics:add_get(U, 1, 1),
                  atomics:add_get(U, 2, -1), atomics:sub(U, 2, 1), atomics:get(U, 2), atomics:exchange(U, 2, 3)];
t(9) -> {maps:without([memory], atomics:info(s())), maps:without([memory], atomics:info(u()))};
t(10) -> [c(fun() -> atomics:new(N, O) end) || {N, O} <- [{0, []}, {2, [bad]}, {x, []}, {2, [{signed, maybe}]}]];
t(11) -> [c(fun() -> atomics:get(R, 1) end) || R <- [list_to_ref("#Ref<0.1.2.3>"), x, {1}]];
t(12) -> is_reference(s());
t(13) -> C = counters:new(2, []), counters:add(C, 1, 10), counters:sub(C, 2, 3), {counters:get(C, 1), counters:get(C, 2), maps:without([memory], counters:info(C))};
t(14) -> C = counters:new(2, [atomics]), counters:put(C, 1, 10), {counters:get(C, 1), maps:without([memory], counters:info(C))};
t(15) -> C = counters:new(3, [write_concurrency]), counters:add(C, 1, 1 bsl 63), counters:put(C, 3, -4),
         {counters:get(C, 1), counters:get(C, 3), maps:without([memory], counters:info(C))};
t(16) -> C = counters:new(1, []), [c(fun() -> counters:add(C, 2, 1) end), c(fun() -> counters:add(C, 1, 1.0) end),
                                   c(fun() -> counters:put(C, 1, 1 bsl 64) end)];
t(17) -> [c(fun() -> counters:new(N, O) end) || {N, O} <- [{0, []}, {1, [bad]}]] ++ [c(fun() -> counters:get(list_to_ref("#Ref<0.1.2.3>"), 1) end)];
t(18) -> A = s(), Pids = [spawn_link(fun() -> [atomics:add(A, 1, 1) || _ <- lists:seq(1, 1000)] end) || _ <- lists:seq(1, 10)],
         wait(Pids), atomics:get(A, 1).

wait(Pids) ->
    process_flag(trap_exit, true),
    [receive {'EXIT', P, normal} -> ok end || P <- Pids],
    ok.
