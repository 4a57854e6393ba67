-module(control_crash_case_clause).
-export([main/0]).
%% An uncaught case_clause error in the -s call.
main() ->
    case id({unexpected, 1}) of
        {expected, _} -> ok
    end.
id(X) -> lists:last([X]).
