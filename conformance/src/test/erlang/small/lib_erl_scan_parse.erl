-module(lib_erl_scan_parse).
-export([main/0]).
main() ->
    {ok, Toks, End} = erl_scan:string("foo(X, 42) -> X + 1.5 * bar(\"s\", 'A b', $c)."),
    io:format("~p~n~p~n", [Toks, End]),
    {ok, Form} = erl_parse:parse_form(Toks),
    io:format("~p~n", [Form]),
    io:format("~s~n", [erl_pp:form(Form)]),
    {ok, ETs, _} = erl_scan:string("[X * 2 || X <- L, X > 1]."),
    {ok, [Expr]} = erl_parse:parse_exprs(ETs),
    io:format("~p~n", [Expr]),
    io:format("~p~n", [erl_scan:string("1 + ")]),
    {ok, BadToks, _} = erl_scan:string("foo(."),
    io:format("~p~n", [erl_parse:parse_exprs(BadToks)]),
    io:format("~p~n", [erl_scan:string("\"unterminated")]),
    {ok, T2, _} = erl_scan:string("#{a => <<1:8>>}."),
    {ok, Term} = erl_parse:parse_term(T2),
    io:format("~p~n", [Term]).
