-- Lua passdb and userdb: knows one user, luauser (password "secret"); everyone else is unknown.
function auth_passdb_lookup(req)
  if req.user == "luauser" then
    return dovecot.auth.PASSDB_RESULT_OK, { password = "secret" }
  end
  return dovecot.auth.PASSDB_RESULT_USER_UNKNOWN, "no such user"
end

function auth_userdb_lookup(req)
  if req.user == "luauser" then
    return dovecot.auth.USERDB_RESULT_OK, {}
  end
  return dovecot.auth.USERDB_RESULT_USER_UNKNOWN, "no such user"
end

function auth_userdb_iterate()
  return { "luauser" }
end

function script_init()
  return 0
end

function script_deinit()
end
