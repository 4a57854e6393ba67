-module(lists_keyfuns).
-export([main/0]).
main() ->
    T = [{b, 2, x}, {a, 1, y}, {c, 3, z}, {a, 4, w}],
    io:format("~w~n", [lists:keysort(1, T)]),
    io:format("~w~n", [lists:keysort(2, T)]),
    io:format("~w~n", [lists:keyfind(a, 1, T)]),
    io:format("~w~n", [lists:keyfind(q, 1, T)]),
    io:format("~w~n", [lists:keysearch(3, 2, T)]),
    io:format("~w~n", [lists:keymember(z, 3, T)]),
    io:format("~w~n", [lists:keydelete(a, 1, T)]),
    io:format("~w~n", [lists:keyreplace(c, 1, T, {c, 0, 0})]),
    io:format("~w~n", [lists:keystore(d, 1, T, {d, 9, 9})]),
    io:format("~w~n", [lists:keytake(b, 1, T)]),
    io:format("~w~n", [lists:keymerge(1, [{a, 1}, {c, 3}], [{b, 2}, {d, 4}])]),
    io:format("~w~n", [lists:ukeysort(1, T)]).
