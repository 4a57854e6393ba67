%% Time BIFs: only their exact conversions and invariants, never a wall-clock value.
-module(btime).
-export([t/1]).
c(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
t(1) -> erlang:convert_time_unit(id(1), second, millisecond);
t(2) -> erlang:convert_time_unit(id(-1), millisecond, second);
t(3) -> erlang:convert_time_unit(id(1500), millisecond, second);
t(4) -> erlang:convert_time_unit(id(1), second, native);
t(5) -> c(fun() -> erlang:convert_time_unit(id(1), second, bogus) end);
t(6) -> A = erlang:monotonic_time(), B = erlang:monotonic_time(), B >= A;
t(7) -> is_integer(erlang:system_time(millisecond));
t(8) -> {M, S, U} = erlang:timestamp(), {is_integer(M + S + U), M > 1000, S < 1000000, U < 1000000};
t(9) -> A = erlang:unique_integer([positive, monotonic]), B = erlang:unique_integer([positive, monotonic]),
        {A > 0, B > A};
t(10) -> c(fun() -> erlang:unique_integer([bad]) end);
t(11) -> abs(erlang:system_time(second) - os:system_time(second)) < 5;
t(12) -> erlang:convert_time_unit(id(3), 1000, 7);
t(13) -> S = erlang:system_time(), M = erlang:monotonic_time(), O = erlang:time_offset(),
         abs(S - (M + O)) < 1000000000;
t(14) -> erlang:convert_time_unit(id(-1001), microsecond, millisecond);
t(15) -> c(fun() -> erlang:monotonic_time(id(0)) end);
t(16) -> erlang:convert_time_unit(id(5), seconds, milli_seconds);
t(17) -> is_integer(erlang:unique_integer()).
