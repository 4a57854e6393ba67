-module(try_crash_system_limit).
-export([main/0]).
%% An atom that is too long, uncaught: system_limit.
main() ->
    list_to_atom(lists:duplicate(id(300), $x)).
id(X) -> lists:last([X]).
