-module(maps_crash_badkey).
-export([main/0]).
%% An update of a missing key with :=, uncaught.
main() ->
    M = id(#{present => 1}),
    M#{absent := 2}.
id(X) -> lists:last([X]).
