-module(unicode_latin1_io).
-export([main/0]).
%% What the standard io device does with latin-1 and wider characters in ~s and ~ts.
main() ->
    io:format("~s~n", [[233, 234]]),
    io:format("~ts~n", [[233, 234]]),
    io:format("~ts~n", [[16#100, $a]]),
    io:put_chars([233, $\n]),
    io:format("~p~n", [io:getopts()]).
