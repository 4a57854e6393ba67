-module(bits_crash_badmatch).
-export([main/0]).
%% A failed binary match, uncaught.
main() ->
    <<A:16, _/binary>> = id(<<1>>),
    A.
id(X) -> lists:last([X]).
