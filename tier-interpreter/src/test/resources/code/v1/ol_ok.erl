-module(ol_ok).
-on_load(init/0).
-export([f/0]).
init() -> put(ol_ok_ran, yes), ok.
f() -> {ol_ok, get(ol_ok_ran)}.
