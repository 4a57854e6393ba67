-module(large_bf_interpreter).
-export([main/0]).
%% A Brainfuck interpreter: the program is compiled to a tuple of instructions with
%% precomputed jump targets and run over a tape held in an array; output is collected.

main() ->
    Hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.",
    run("hello", Hello, []),
    Digits = "++++++++[>++++++<-]>>++++++++++[<.+>-]++++++++++.",
    run("digits", Digits, []),
    Alphabet = "++++++++[>++++++++<-]>+>++++++++++++++++++++++++++[<.+>-]",
    run("alphabet", Alphabet, []),
    %% Nested loops: 5 * (4 * 3) = 60, then prints 60 + 5 = 'A'.
    Nested = "+++++[>++++[>+++<-]<-]>>+++++.",
    run("nested", Nested, []),
    Rev = ">,[>,]<[.<]",
    run("reverse input", Rev, "stressed"),
    Add = ",>,[<+>-]<------------------------------------------------.",
    run("add digits", Add, [$3, $4]),
    io:format("~p~n", [catch compile("[[]")]).

run(Name, Src, Input) ->
    {Out, Steps} = exec(compile(Src), Input),
    io:format("~s (~w steps):~n~s~n", [Name, Steps, Out]).

compile(Src) ->
    Ops = [C || C <- Src, lists:member(C, "+-<>[].,")],
    Jumps = match_brackets(Ops, 0, [], #{}),
    list_to_tuple([instr(C, I, Jumps) || {I, C} <- lists:zip(lists:seq(0, length(Ops) - 1), Ops)]).

match_brackets([], _, [], J) -> J;
match_brackets([], _, _, _) -> throw(unbalanced);
match_brackets([$[ | R], I, Stack, J) -> match_brackets(R, I + 1, [I | Stack], J);
match_brackets([$] | _], _, [], _) -> throw(unbalanced);
match_brackets([$] | R], I, [O | Stack], J) -> match_brackets(R, I + 1, Stack, J#{O => I, I => O});
match_brackets([_ | R], I, Stack, J) -> match_brackets(R, I + 1, Stack, J).

instr($+, _, _) -> {add, 1};
instr($-, _, _) -> {add, -1};
instr($>, _, _) -> {move, 1};
instr($<, _, _) -> {move, -1};
instr($., _, _) -> out;
instr($,, _, _) -> in;
instr($[, I, J) -> {jz, maps:get(I, J)};
instr($], I, J) -> {jnz, maps:get(I, J)}.

exec(Prog, Input) -> exec(Prog, 0, array:new([{default, 0}]), 0, Input, [], 0).

exec(Prog, PC, _, _, _, Out, Steps) when PC >= tuple_size(Prog) -> {lists:reverse(Out), Steps};
exec(Prog, PC, Tape, Ptr, In, Out, Steps) ->
    case element(PC + 1, Prog) of
        {add, N} -> exec(Prog, PC + 1, array:set(Ptr, (array:get(Ptr, Tape) + N) band 255, Tape), Ptr, In, Out, Steps + 1);
        {move, N} -> exec(Prog, PC + 1, Tape, Ptr + N, In, Out, Steps + 1);
        out -> exec(Prog, PC + 1, Tape, Ptr, In, [array:get(Ptr, Tape) | Out], Steps + 1);
        in ->
            {V, In2} = case In of [] -> {0, []}; [C | Rest] -> {C, Rest} end,
            exec(Prog, PC + 1, array:set(Ptr, V, Tape), Ptr, In2, Out, Steps + 1);
        {jz, T} ->
            case array:get(Ptr, Tape) of
                0 -> exec(Prog, T + 1, Tape, Ptr, In, Out, Steps + 1);
                _ -> exec(Prog, PC + 1, Tape, Ptr, In, Out, Steps + 1)
            end;
        {jnz, T} ->
            case array:get(Ptr, Tape) of
                0 -> exec(Prog, PC + 1, Tape, Ptr, In, Out, Steps + 1);
                _ -> exec(Prog, T + 1, Tape, Ptr, In, Out, Steps + 1)
            end
    end.
