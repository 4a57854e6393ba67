%% A realistic program: parse web-server log lines with named groups, count statuses by
%% method, extract query parameters, and mask e-mail addresses.
-module(relog).
-export([t/1]).
lines() ->
    [<<"127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] \"GET /index.html?user=bob&lang=en HTTP/1.1\" 200 2326">>,
     <<"10.0.0.7 - alice [10/Oct/2023:13:56:01 +0000] \"POST /api/login HTTP/1.1\" 401 53">>,
     <<"192.168.1.20 - - [10/Oct/2023:13:57:12 +0000] \"GET /img/logo.png HTTP/2.0\" 304 0">>,
     <<"not a log line at all">>,
     <<"10.0.0.7 - alice [10/Oct/2023:13:58:44 +0000] \"post /api/logout HTTP/1.1\" 200 12">>,
     <<"172.16.0.3 - bob@example.com [10/Oct/2023:14:01:02 +0000] \"DELETE /api/items/42 HTTP/1.1\" 204 0">>].
line_re() ->
    {ok, MP} = re:compile(
        "^(?<ip>\\d{1,3}(?:\\.\\d{1,3}){3}) \\S+ (?<user>\\S+) \\[(?<time>[^\\]]+)\\] "
        "\"(?<method>[A-Z]+) (?<path>[^ ?\"]*)(?:\\?(?<query>[^ \"]*))? HTTP/(?<version>[\\d.]+)\" "
        "(?<status>\\d{3}) (?<bytes>\\d+)$", [caseless]),
    MP.
parse(MP, Line) ->
    case re:run(Line, MP, [{capture, [ip, user, method, path, query, status, bytes], binary}]) of
        {match, [Ip, User, Method, Path, Query, Status, Bytes]} ->
            {ok, #{ip => Ip, user => User, method => string:uppercase(Method), path => Path,
                   query => params(Query), status => binary_to_integer(Status),
                   bytes => binary_to_integer(Bytes)}};
        nomatch -> {error, Line}
    end.
params(<<>>) -> [];
params(Query) ->
    {match, Pairs} = re:run(Query, "([^&=]+)=([^&]*)", [global, {capture, all_but_first, list}]),
    [{K, V} || [K, V] <- Pairs].
mask(Text) ->
    re:replace(Text, "([\\w.]+)@([\\w.]+)", "<\\1 at \\2>", [global, {return, binary}]).
t(1) -> MP = line_re(), [parse(MP, L) || L <- lines()];
t(2) ->
    MP = line_re(),
    Parsed = [P || {ok, P} <- [parse(MP, L) || L <- lines()]],
    lists:foldl(fun(#{method := M, status := S}, Acc) ->
                        maps:update_with({M, S div 100}, fun(N) -> N + 1 end, 1, Acc)
                end, #{}, Parsed);
t(3) -> [mask(L) || L <- lines()];
t(4) -> [re:split(L, "[ \\[\\]\"]+", [trim, {return, binary}]) || L <- lists:sublist(lines(), 2)];
t(5) -> {match, Ts} = re:run(iolist_to_binary(lines()), "(\\d\\d):(\\d\\d):(\\d\\d)",
                             [global, {capture, all_but_first, list}]),
        [list_to_integer(H) * 3600 + list_to_integer(M) * 60 + list_to_integer(S) || [H, M, S] <- Ts].
