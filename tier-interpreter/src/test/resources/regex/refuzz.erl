%% Random patterns, subjects and options (the same on both VMs: rand with a fixed seed per
%% batch); t(N) runs batch N and returns every result. Back references are left out, and a capturing
%% group always holds more than assertions: on those java.util.regex and PCRE differ (see
%% RegexOracleTest).
-module(refuzz).
-export([t/1]).
pieces() -> ["a", "b", "c", "ab", ".", "\\d", "\\w", "\\s", "\\W", "[ab]", "[^a]", "[a-c]", "\\b", "\\B", "^", "$",
             "\\n", "1", " ", "\\A", "\\z", "\\Z", "\\R", "[[:alpha:]]", "\\h", "é"].
quants() -> ["", "", "", "*", "+", "?", "{1,2}", "*?", "+?", "??", "*+", "{2}", "{0,1}?", "{2,}"].
opts() -> [caseless, multiline, dotall, ungreedy, global, notempty, anchored, {offset, 1}, extended,
           dollar_endonly, notbol, noteol, firstline, {newline, crlf}, {newline, any}, {newline, cr},
           {newline, anycrlf}, notempty_atstart, unicode, {capture, all, list}, {capture, all_but_first, binary}].
pick(L) -> lists:nth(rand:uniform(length(L)), L).
atom(0) -> pick(pieces());
atom(D) ->
    case rand:uniform(10) of
        1 -> "(" ++ re(D - 1) ++ "b?)";
        2 -> "(?:" ++ re(D - 1) ++ ")";
        3 -> "(?=" ++ re(D - 1) ++ ")";
        4 -> "(?!" ++ re(D - 1) ++ ")";
        5 -> "(?<=" ++ pick(["a", "b", "ab|c", "\\d", "[ab]", "^"]) ++ ")";
        6 -> "(?>" ++ re(D - 1) ++ ")";
        7 -> "(?i)" ++ re(D - 1);
        _ -> pick(pieces())
    end.
seq(D) -> lists:append([quantified(atom(D)) || _ <- lists:seq(1, rand:uniform(3))]).
%% A group is repeated at least twice only when it cannot match empty (java.util.regex ends a
%% counted loop at an empty iteration, PCRE goes on).
quantified("(" ++ _ = Group) -> Group ++ pick(["", "", "*", "+", "?", "*?", "+?", "??", "{0,2}", "*+"]);
quantified(Atom) -> Atom ++ pick(quants()).
re(D) -> case rand:uniform(4) of 1 -> seq(D) ++ "|" ++ seq(D); _ -> seq(D) end.
subject() -> [pick([$a, $b, $c, $\s, $1, $\n, $A, $B, $\r, 233]) || _ <- lists:seq(1, rand:uniform(8) - 1)].
one() ->
    P = re(2),
    S = subject(),
    O = [X || X <- lists:usort([pick(opts()) || _ <- lists:seq(1, rand:uniform(3) - 1)]), X =/= {offset, 1} orelse S =/= []],
    case lists:member(unicode, O) of
        true -> try re:run(unicode:characters_to_binary(S), unicode:characters_to_binary(P), O) catch C:E -> {C, E} end;
        false -> try re:run(S, P, O) catch C:E -> {C, E} end
    end.
t(N) ->
    rand:seed(exsss, {N, 17, 29}),
    [one() || _ <- lists:seq(1, 200)].
