-module(control_receive_infinity_refs).
-export([main/0]).
%% The reference-in-receive pattern (recv_marker instructions): only the reply with our ref is taken.
main() ->
    Self = self(),
    [self() ! {reply, make_ref(), noise} || _ <- lists:seq(1, 3)],
    Server = spawn(fun() -> receive {req, From, Ref, X} -> From ! {reply, Ref, X * 2} end end),
    Ref = make_ref(),
    Server ! {req, Self, Ref, 21},
    receive {reply, Ref, V} -> io:format("~p~n", [V]) end,
    io:format("~p~n", [length(element(2, process_info(self(), messages)))]).
