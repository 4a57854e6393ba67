-module(ol_bad).
-on_load(init/0).
-export([f/0]).
init() -> not_ok.
f() -> ol_bad.
