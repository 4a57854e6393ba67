-module(try_badarith_increment).
-export([main/0, t/2]).
%% badarith's first trace entry: OTP runs X + SmallInt and X - NonNegativeSmallInt as i_increment,
%% which names no BIF; every other arithmetic failure names erlang:Op/2 with its arguments.
main() ->
    Cases = [inc, add_neg, sub, sub_neg, sub_big, add_big, left_const, both_regs, y_reg, mul, shift],
    [io:format("~p ~p~n", [Case, first_entry(Case)]) || Case <- Cases],
    ok.

first_entry(Case) ->
    try ?MODULE:t(Case, an_atom) of
        Value -> {no_error, Value}
    catch error:Reason:Stack ->
        {M, F, A, Location} = hd(Stack),
        {Reason, M, F, A, [Key || {Key, _} <- Location]}
    end.

t(inc, X) -> X + 1;
t(add_neg, X) -> X + (-5);
t(sub, X) -> X - 2;
t(sub_neg, X) -> X - (-3);
t(sub_big, X) -> X - 100000000000000000000;
t(add_big, X) -> X + 100000000000000000000;
t(left_const, X) -> 1 - X;
t(both_regs, X) -> X + X;
t(y_reg, X) -> Y = id(X), _ = id(0), {Y + 1, Y};
t(mul, X) -> X * 2;
t(shift, X) -> X bsl 1.

id(X) -> X.
