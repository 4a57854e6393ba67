-module(order_term_sort).
-export([main/0]).
%% number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
main() ->
    Terms = [<<"b">>, [1], [], #{a => 1}, {1, 2}, {}, zed, abc, 3.5, 2, -1, <<1:3>>, "abc", {a},
             #{}, 1 bsl 70, [a | b], <<>>, 'Zed', 2.0],
    io:format("~w~n", [lists:sort(Terms)]),
    io:format("~w~n", [lists:usort([1, 1.0, 2, 2.0, a, a])]).
