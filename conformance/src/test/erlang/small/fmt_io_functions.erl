-module(fmt_io_functions).
-export([main/0]).
main() ->
    io:put_chars("put_chars\n"),
    io:put_chars(["iolist ", <<"binary ">>, $x, "\n"]),
    io:write({written, [term]}),
    io:nl(),
    io:format("format/1 only~n"),
    io:format(standard_io, "to standard_io ~w~n", [1]),
    io:format(user, "to user ~w~n", [2]),
    io:fwrite("fwrite ~s~n", ["works"]),
    io:put_chars(unicode:characters_to_binary("unicode: \x{3bb}\n")),
    io:format("~ts~n", ["λ"]),
    io:format("~p~n", [io:columns()]).
