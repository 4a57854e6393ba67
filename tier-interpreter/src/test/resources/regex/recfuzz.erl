%% Random malformed and well-formed patterns from PCRE's syntax pieces: t(N) compiles batch N
%% (random options) and returns each compile result ({error, {Message, Offset}} as PCRE words
%% it, or the capture count) and the result of a run on a fixed subject. Patterns with the
%% constructs jbeam refuses (recursion, conditionals, branch reset, verbs, \K, \C) are redrawn.
-module(recfuzz).
-export([t/1]).
pick(L) -> lists:nth(rand:uniform(length(L)), L).
pieces() -> ["(", ")", "[", "]", "{", "}", "{2}", "{1,", ",3}", "*", "+", "?", "\\", "|", "^", "$", ".", "-", ":",
             "<", ">", "=", "!", "#", "a", "b", "1", "2", "9", "?<", "?:", "?=", "?<=", "?<!", "(?", "\\d", "\\1",
             "\\k", "\\g", "\\p", "\\x", "\\c", "[:", ":]", "'", "P", "i", "-i", "\\Q", "\\E", "n", "{3}", "(?<n>",
             "(?P<", "x", " ", "\\0", "\\8", "\\u", "\\N"].
refused() -> ["(?|", "(?(", "(?R", "(?&", "(?+", "(?-", "(?P>", "\\g<", "\\g'", "(*", "\\K", "\\C", "(?C",
              "(?0", "(?1", "(?2", "(?9"].
pattern() ->
    P = lists:append([pick(pieces()) || _ <- lists:seq(1, rand:uniform(7))]),
    case lists:any(fun(S) -> string:find(P, S) =/= nomatch end, refused()) of
        true -> pattern();
        false -> P
    end.
one() ->
    P = pattern(),
    O = pick([[], [extended], [caseless], [unicode], [dupnames]]),
    case re:compile(P, O) of
        {ok, {re_pattern, N, _, _, _}} -> {N, try re:run("ab1 x:-a", P, O) catch C:E -> {C, E} end};
        Error -> Error
    end.
t(N) ->
    rand:seed(exsss, {N, 7, 7}),
    [one() || _ <- lists:seq(1, 250)].
