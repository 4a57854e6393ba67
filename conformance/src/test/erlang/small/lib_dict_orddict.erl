-module(lib_dict_orddict).
-export([main/0]).
main() ->
    D = dict:from_list([{a, 1}, {b, 2}]),
    D2 = dict:append(c, x, dict:store(a, 10, D)),
    D3 = dict:update_counter(b, 5, dict:append(c, y, D2)),
    io:format("~w~n", [lists:sort(dict:to_list(D3))]),
    io:format("~w ~w~n", [dict:find(a, D3), dict:find(z, D3)]),
    io:format("~w ~w~n", [dict:fetch(b, D3), dict:size(D3)]),
    io:format("~w~n", [lists:sort(dict:fetch_keys(D3))]),
    io:format("~w~n", [lists:sort(dict:to_list(dict:map(fun(_, V) -> {V} end, dict:erase(c, D3))))]),
    Merged = dict:merge(fun(_, A, B) -> A + B end, dict:from_list([{k, 1}]), dict:from_list([{k, 2}, {j, 3}])),
    io:format("~w~n", [lists:sort(dict:to_list(Merged))]),
    O = orddict:from_list([{z, 1}, {a, 2}, {m, 3}]),
    io:format("~w~n", [O]),
    io:format("~w~n", [orddict:store(b, 9, O)]),
    io:format("~w~n", [orddict:update_counter(a, 1, O)]),
    io:format("~w~n", [orddict:fold(fun(K, V, A) -> [{V, K} | A] end, [], O)]),
    io:format("~w~n", [orddict:merge(fun(_, X, Y) -> X * Y end, O, [{a, 10}])]).
