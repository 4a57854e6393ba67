-module(inventory).
-export([run/1, bad/1]).
id(X) -> X.
add(Item, Qty, Inv) ->
    case Inv of
        #{Item := Old} -> Inv#{Item := Old + Qty};
        #{} -> Inv#{Item => Qty}
    end.
build(0, Inv) -> Inv;
build(N, Inv) -> build(N - 1, add(N rem 7, N, Inv)).
total(Inv) -> lists:sum([maps:get(K, Inv) || K <- lists:seq(0, 6), maps:is_key(K, Inv)]).
describe(#{name := Name, price := P}) when P > 10 -> {expensive, Name};
describe(#{name := Name}) -> {cheap, Name};
describe(_) -> unknown.
run(N) ->
    Inv = build(N, #{}),
    Big = lists:foldl(fun(K, M) -> M#{K => K * K} end, #{}, lists:seq(1, 40)),
    {Inv, total(Inv), map_size(Inv), maps:find(3, Inv), maps:find(x, Inv), maps:put(z, 1, #{a => 2}),
     [describe(X) || X <- [#{name => pen, price => 2}, #{name => car, price => 2000}, #{}, x]],
     map_size(Big), maps:get(40, Big), is_map_key(17, Big), is_map(Big), #{1 => a, 1.0 => b, [] => c}}.
bad(1) -> maps:get(nope, id(#{a => 1}));
bad(2) -> (id(#{a => 1}))#{b := 2};
bad(3) -> (id(not_a_map))#{b => 2};
bad(4) -> map_size(id([])).
