-module(large_toy_interpreter).
-export([main/0]).
%% An interpreter for a small imperative language: tokenizer, recursive-descent parser to an
%% AST, and an evaluator with variables, while loops, if/else, functions and recursion.

main() ->
    Programs = [
        "x = 10; y = 20; print x + y * 2;",
        "n = 10; a = 0; b = 1; while n > 0 { t = a + b; a = b; b = t; n = n - 1; } print a;",
        "fun fact(n) { if n < 2 { return 1; } return n * fact(n - 1); } print fact(25);",
        "fun gcd(a, b) { while b != 0 { t = b; b = a % b; a = t; } return a; } print gcd(1071, 462);",
        "i = 0; s = 0; while i < 100 { i = i + 1; if i % 3 == 0 { s = s + i; } else { s = s - 1; } } print s;",
        "fun fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); } print fib(15);",
        "print (1 + 2) * (3 + 4) - -5;",
        "print 7 / 2; print 0 - 7 / 2; print 2 * 3 == 6;",
        "print undefined_var;",
        "x = 1 +;",
        "print 1 / 0;"
    ],
    lists:foreach(fun run/1, Programs).

run(Src) ->
    io:format("> ~s~n", [Src]),
    Result = try
                 Toks = tokens(Src),
                 {Stmts, []} = stmts(Toks, []),
                 exec_block(Stmts, #{vars => #{}, funs => #{}}),
                 ok
             catch
                 throw:{error, Why} -> {error, Why}
             end,
    case Result of ok -> ok; _ -> io:format("~p~n", [Result]) end.

%% ---- tokenizer ----
tokens([]) -> [];
tokens([C | R]) when C =:= $\s; C =:= $\n -> tokens(R);
tokens([C | _] = S) when C >= $0, C =< $9 ->
    {D, R} = lists:splitwith(fun(X) -> X >= $0 andalso X =< $9 end, S),
    [{num, list_to_integer(D)} | tokens(R)];
tokens([C | _] = S) when C >= $a, C =< $z ->
    {W, R} = lists:splitwith(fun(X) -> (X >= $a andalso X =< $z) orelse X =:= $_ end, S),
    [word(W) | tokens(R)];
tokens([$=, $= | R]) -> ['==' | tokens(R)];
tokens([$!, $= | R]) -> ['!=' | tokens(R)];
tokens([C | R]) -> case lists:member(C, "+-*/%<>=;(){},") of
                       true -> [list_to_atom([C]) | tokens(R)];
                       false -> throw({error, {bad_char, [C]}})
                   end.

word("while") -> while;
word("if") -> 'if';
word("else") -> else;
word("print") -> print;
word("fun") -> 'fun';
word("return") -> return;
word(W) -> {id, list_to_atom(W)}.

%% ---- parser ----
stmts([], Acc) -> {lists:reverse(Acc), []};
stmts(['}' | _] = T, Acc) -> {lists:reverse(Acc), T};
stmts(T, Acc) -> {S, R} = stmt(T), stmts(R, [S | Acc]).

stmt([print | T]) -> {E, [';' | R]} = expr(T), {{print, E}, R};
stmt([return | T]) -> {E, [';' | R]} = expr(T), {{return, E}, R};
stmt([while | T]) -> {C, R} = expr(T), {B, R2} = block(R), {{while, C, B}, R2};
stmt(['if' | T]) ->
    {C, R} = expr(T), {B, R2} = block(R),
    case R2 of
        [else | R3] -> {E, R4} = block(R3), {{'if', C, B, E}, R4};
        _ -> {{'if', C, B, []}, R2}
    end;
stmt(['fun', {id, N}, '(' | T]) ->
    {Ps, R} = params(T, []), {B, R2} = block(R), {{def, N, Ps, B}, R2};
stmt([{id, V}, '=' | T]) ->
    case expr(T) of
        {E, [';' | R]} -> {{assign, V, E}, R};
        _ -> throw({error, syntax})
    end;
stmt(T) -> throw({error, {unexpected, lists:sublist(T, 3)}}).

params([')' | R], Acc) -> {lists:reverse(Acc), R};
params([{id, P}, ',' | R], Acc) -> params(R, [P | Acc]);
params([{id, P}, ')' | R], Acc) -> {lists:reverse([P | Acc]), R}.

block(['{' | T]) -> {S, ['}' | R]} = stmts(T, []), {S, R}.

expr(T) -> {L, R} = arith(T), comparison(L, R).
comparison(L, [Op | T]) when Op =:= '<'; Op =:= '>'; Op =:= '=='; Op =:= '!=' ->
    {Rt, R} = arith(T), {{Op, L, Rt}, R};
comparison(L, T) -> {L, T}.

arith(T) -> {L, R} = term(T), arith_rest(L, R).
arith_rest(L, [Op | T]) when Op =:= '+'; Op =:= '-' -> {Rt, R} = term(T), arith_rest({Op, L, Rt}, R);
arith_rest(L, T) -> {L, T}.

term(T) -> {L, R} = factor(T), term_rest(L, R).
term_rest(L, [Op | T]) when Op =:= '*'; Op =:= '/'; Op =:= '%' -> {Rt, R} = factor(T), term_rest({Op, L, Rt}, R);
term_rest(L, T) -> {L, T}.

factor([{num, N} | R]) -> {{num, N}, R};
factor(['-' | T]) -> {E, R} = factor(T), {{'-', {num, 0}, E}, R};
factor(['(' | T]) -> {E, [')' | R]} = expr(T), {E, R};
factor([{id, F}, '(' | T]) -> {Args, R} = args(T, []), {{call, F, Args}, R};
factor([{id, V} | R]) -> {{var, V}, R};
factor(_) -> throw({error, syntax}).

args([')' | R], []) -> {[], R};
args(T, Acc) ->
    case expr(T) of
        {E, [',' | R]} -> args(R, [E | Acc]);
        {E, [')' | R]} -> {lists:reverse([E | Acc]), R}
    end.

%% ---- evaluator ----
exec_block([], Env) -> {normal, Env};
exec_block([S | Rest], Env) ->
    case exec(S, Env) of
        {normal, Env2} -> exec_block(Rest, Env2);
        {return, _} = Ret -> Ret
    end.

exec({print, E}, Env) -> io:format("~w~n", [eval(E, Env)]), {normal, Env};
exec({assign, V, E}, #{vars := Vs} = Env) -> {normal, Env#{vars := Vs#{V => eval(E, Env)}}};
exec({return, E}, Env) -> {return, eval(E, Env)};
exec({def, N, Ps, B}, #{funs := Fs} = Env) -> {normal, Env#{funs := Fs#{N => {Ps, B}}}};
exec({while, C, B} = W, Env) ->
    case truthy(eval(C, Env)) of
        true -> case exec_block(B, Env) of {normal, Env2} -> exec(W, Env2); Ret -> Ret end;
        false -> {normal, Env}
    end;
exec({'if', C, B, E}, Env) ->
    exec_block(case truthy(eval(C, Env)) of true -> B; false -> E end, Env).

eval({num, N}, _) -> N;
eval({var, V}, #{vars := Vs}) ->
    case Vs of #{V := X} -> X; _ -> throw({error, {unbound, V}}) end;
eval({call, F, Args}, #{funs := Fs} = Env) ->
    {Ps, Body} = maps:get(F, Fs),
    Vals = [eval(A, Env) || A <- Args],
    case exec_block(Body, Env#{vars := maps:from_list(lists:zip(Ps, Vals))}) of
        {return, V} -> V;
        {normal, _} -> 0
    end;
eval({Op, L, R}, Env) -> binop(Op, eval(L, Env), eval(R, Env)).

binop('+', A, B) -> A + B;
binop('-', A, B) -> A - B;
binop('*', A, B) -> A * B;
binop('/', _, 0) -> throw({error, division_by_zero});
binop('/', A, B) -> A div B;
binop('%', A, B) -> A rem B;
binop('<', A, B) -> bool(A < B);
binop('>', A, B) -> bool(A > B);
binop('==', A, B) -> bool(A =:= B);
binop('!=', A, B) -> bool(A =/= B).

bool(true) -> 1;
bool(false) -> 0.
truthy(0) -> false;
truthy(_) -> true.
