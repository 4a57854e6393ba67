-module(try_crash_throw).
-export([main/0]).
%% An uncaught throw in the -s call becomes {nocatch, Value}.
main() ->
    throw({id(unhandled), 42}).
id(X) -> lists:last([X]).
