-module(bits_crash_utf8_construct).
-export([main/0]).
%% Constructing /utf8 from a surrogate, uncaught: badarg with the bit-syntax error info.
main() ->
    <<(id(16#DFFF))/utf8>>.
id(X) -> lists:last([X]).
