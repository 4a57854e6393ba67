%% Random patterns with escapes, properties, named groups and references to them, \Q..\E and
%% class ranges, over subjects with latin-1 and other characters, with random options (the same
%% on both VMs: rand with a fixed seed per batch); t(N) runs batch N and returns every result.
%% A subject or pattern with a character above 255 runs in unicode mode. As in refuzz, groups
%% repeated at least twice cannot match empty.
-module(reufuzz).
-export([t/1]).
pieces() -> ["\\x{e9}", [$[, 224, $-, 255, $]], "\\p{L}", "\\p{Lu}", "\\P{Ll}", "[\\w\\d]", "[^\\s]", "\\x41",
             "[[:punct:]]", "[a-z&&b]", "(?<n>a)", "\\k<n>", "(?P<m>b)(?P=m)", "\\Qa.\\E", "[\\-\\]]", "\\t",
             [937], [26085], "\\X", "\\N", "[[:^digit:]]", "\\0", "\\x{3a9}", "a", "b", "ab", ".", "\\w", "\\s",
             "\\W", "[^a]", "[a-c]", "\\b", "^", "$", "\\n", "1", " ", "\\z", "\\R", "[[:alpha:]]", "[[:upper:]]",
             [233]].
quants() -> ["", "", "", "*", "+", "?", "{1,2}", "*?", "+?", "??", "*+", "{2}", "{0,1}?", "{2,}"].
opts() -> [caseless, multiline, dotall, ungreedy, global, notempty, anchored, {offset, 1}, extended, notbol,
           noteol, firstline, {newline, crlf}, {newline, any}, notempty_atstart, unicode, {capture, all, list},
           {capture, all_but_first, binary}, {capture, [n, m], index}, {capture, all_names, list}].
pick(L) -> lists:nth(rand:uniform(length(L)), L).
atom(0) -> pick(pieces());
atom(D) ->
    case rand:uniform(8) of
        1 -> "(" ++ re(D - 1) ++ "b?)";
        2 -> "(?:" ++ re(D - 1) ++ ")";
        3 -> "(?=" ++ re(D - 1) ++ ")";
        4 -> "(?>" ++ re(D - 1) ++ ")";
        5 -> "(?i)" ++ re(D - 1);
        _ -> pick(pieces())
    end.
seq(D) -> lists:append([quantified(atom(D)) || _ <- lists:seq(1, rand:uniform(3))]).
quantified("(" ++ _ = Group) -> Group ++ pick(["", "", "*", "+", "?", "*?", "+?", "??", "{0,2}"]);
quantified(Atom) -> Atom ++ pick(quants()).
re(D) -> case rand:uniform(4) of 1 -> seq(D) ++ "|" ++ seq(D); _ -> seq(D) end.
subject() -> [pick([$a, $b, $c, $\s, $1, $\n, $A, $B, $\r, 233, 201, 937, 969, 26085, $_, $-, $], $&, $., 224, 255,
                    376]) || _ <- lists:seq(1, rand:uniform(8) - 1)].
one() ->
    P = re(2),
    S = subject(),
    O = [X || X <- lists:usort([pick(opts()) || _ <- lists:seq(1, rand:uniform(3) - 1)]), X =/= {offset, 1} orelse S =/= []],
    case lists:member(unicode, O) orelse lists:any(fun(C) -> C > 255 end, P ++ S) of
        true ->
            try re:run(unicode:characters_to_binary(S), unicode:characters_to_binary(P), lists:usort([unicode | O]))
            catch C:E -> {C, E} end;
        false ->
            try re:run(S, P, O) catch C:E -> {C, E} end
    end.
t(N) ->
    rand:seed(exsss, {N + 100, 17, 29}),
    [one() || _ <- lists:seq(1, 200)].
