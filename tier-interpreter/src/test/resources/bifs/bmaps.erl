%% The maps BIFs, one behaviour per clause of t/1; large maps print in erl's own order.
-module(bmaps).
-export([t/1]).
id(X) -> X.
c(F) -> try F() catch C:R -> {C, R} end.
big(N) -> maps:from_list([{K, K * K} || K <- lists:seq(1, N)]).
t(1) -> maps:merge(id(#{a => 1, b => 2}), #{b => 3, c => 4});
t(2) -> maps:merge(id(#{}), #{x => y});
t(3) -> maps:merge(big(20), big(40));
t(4) -> c(fun() -> maps:merge(id(not_a_map), #{}) end);
t(5) -> c(fun() -> maps:merge(id(#{}), [a]) end);
t(6) -> maps:to_list(id(#{b => 2, a => 1, 1 => x}));
t(7) -> maps:to_list(big(50));
t(8) -> maps:keys(big(40));
t(9) -> maps:values(big(35));
t(10) -> c(fun() -> maps:keys(id(3)) end);
t(11) -> maps:from_list(id([{a, 1}, {b, 2}, {a, 3}]));
t(12) -> c(fun() -> maps:from_list(id([{a, 1} | b])) end);
t(13) -> c(fun() -> maps:from_list(id([{a, 1, 2}])) end);
t(14) -> maps:remove(a, id(#{a => 1, b => 2}));
t(15) -> maps:remove(z, id(#{a => 1}));
t(16) -> maps:remove(7, big(40));
t(17) -> maps:update(a, 9, id(#{a => 1}));
t(18) -> c(fun() -> maps:update(z, 9, id(#{a => 1})) end);
t(19) -> maps:take(a, id(#{a => 1, b => 2}));
t(20) -> maps:take(z, id(#{a => 1}));
t(21) -> maps:merge(big(33), #{1.0 => float_key, 1 => int_key});
t(22) -> c(fun() -> maps:remove(a, id(nil)) end);
t(23) -> maps:next(maps:iterator(id(#{b => 2, a => 1})));
t(24) -> maps:next(maps:iterator(big(40)));
t(25) -> walk(maps:iterator(big(300)), []);
t(26) -> maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], big(500));
t(27) -> maps:to_list(maps:map(fun(K, V) -> K + V end, big(100)));
t(28) -> maps:to_list(maps:filter(fun(K, _) -> K rem 3 =:= 0 end, big(200)));
t(29) -> c(fun() -> erts_internal:map_next(1000, id(#{a => 1}), iterator) end);
t(30) -> c(fun() -> erts_internal:map_next(0, id(#{a => 1}), foo) end);
t(31) -> lists:sum([K || K <- maps:keys(lists:foldl(fun(K, M) -> maps:remove(K, M) end, big(3000), lists:seq(5, 2990)))]);
t(32) -> maps:to_list(lists:foldl(fun(K, M) -> M#{K => -K} end, big(60), lists:seq(1, 100, 3))).

walk(I, Acc) ->
    case maps:next(I) of
        none -> lists:reverse(Acc);
        {K, V, Next} -> walk(Next, [{K, V} | Acc])
    end.
