-module(io_display_strings).
-export([main/0]).
%% erlang:display/1 prints a list as a string only when every element is a Latin-1 graphic
%% character or one of \n \t \r, escaping just the newline, quote and backslash; a binary as a
%% string only when every byte is printable ASCII, escaping just the quote.
main() ->
    [erlang:display(T) || T <- [[11, 12, 13], [10, 65], [13, 65], [9, 65], [8, 9], [7], [27, 65],
                                [34, 92, 65], [233, 65], [127], [159], [160], [255], [256], "plain",
                                <<"abc">>, <<"a\"b\\c">>, <<"a\nb">>, <<11, 65>>, <<200>>, <<>>, []]],
    ok.
