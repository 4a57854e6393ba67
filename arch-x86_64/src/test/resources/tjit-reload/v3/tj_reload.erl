%% Version 3 of a module reloaded while it runs on the template JIT.
-module(tj_reload).
-export([version/0, version_later/1]).

version() -> {v3, helper()}.

version_later(0) -> tj_reload:version();
version_later(N) -> version_later(N - 1).

helper() -> three.
