-module(bs_calls).
-export([tail_bif/1]).

%% A BIF tail-called from a frame of zero Y registers (call_ext_last 1 Bif 0) must still
%% drop the frame and return to the caller.
tail_bif(N) -> <<_:8, B:2/binary>> = <<1, 2, N>>, list_to_binary(lists:reverse(binary_to_list(B))).
