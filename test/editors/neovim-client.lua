-- Neovim's built-in LSP client, headless, on one plan: starts `split-language-server --stdio` (given as the command
-- line's arguments after the plan), prints the diagnostics it publishes and a hover, one JSON line each, then quits.
-- Run by test/editors/neovim.test.ts as `nvim --headless --clean -u NONE -S neovim-client.lua` (Debian's Neovim 0.7 has
-- no `-l`), with the plan, the server's command and the line to hover in SPLIT_PLAN, SPLIT_SERVER, SPLIT_HOVER_LINE.
local plan = vim.env.SPLIT_PLAN
local server = vim.split(vim.env.SPLIT_SERVER, ' ')
vim.cmd('edit ' .. vim.fn.fnameescape(plan))
local buffer = vim.api.nvim_get_current_buf()
vim.bo[buffer].filetype = 'split'

local function emit(kind, value)
  io.stdout:write(vim.json.encode({ kind = kind, value = value }) .. '\n')
end

local client = vim.lsp.start_client({ name = 'split', cmd = server, root_dir = vim.fn.fnamemodify(plan, ':h') })
if not client then
  emit('error', 'the server did not start')
  vim.cmd('cquit 1')
end
vim.lsp.buf_attach_client(buffer, client)

local published = vim.wait(20000, function() return #vim.diagnostic.get(buffer) > 0 end, 50)
if not published then emit('error', 'no diagnostics in 20 s') end
local diagnostics = {}
for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
  table.insert(diagnostics, { line = diagnostic.lnum, code = diagnostic.code, message = diagnostic.message, severity = diagnostic.severity })
end
emit('diagnostics', diagnostics)

local hover = vim.lsp.buf_request_sync(buffer, 'textDocument/hover',
  { textDocument = { uri = vim.uri_from_bufnr(buffer) }, position = { line = tonumber(vim.env.SPLIT_HOVER_LINE), character = 3 } }, 20000)
local contents = nil
for _, answer in pairs(hover or {}) do
  if answer.result then contents = answer.result.contents end
end
emit('hover', contents)
vim.lsp.stop_client(client)
vim.cmd('qall!')
