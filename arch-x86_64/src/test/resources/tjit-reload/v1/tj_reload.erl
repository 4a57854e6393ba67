%% Version 1 of a module reloaded while it runs on the template JIT.
-module(tj_reload).
-export([version/0, version_later/1]).

version() -> {v1, helper()}.

%% Calls version/0 again after N calls of its own: the local calls stay in this version's code,
%% the last one goes through the export entry to whatever version is current then.
version_later(0) -> tj_reload:version();
version_later(N) -> version_later(N - 1).

helper() -> one.
