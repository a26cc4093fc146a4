using System.CommandLine;
using System.Globalization;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Access;

/// <summary><c>luoshi tokens create|list|revoke</c>: API tokens that let a script act as an account.</summary>
internal static class TokensCommand
{
    public static Command Create() => new("tokens", "API tokens for scripts: create, list, revoke")
    {
        New(),
        List(),
        Revoke(),
    };

    private static Command New()
    {
        var store = new StoreSelection();
        var login = new Argument<string>("LOGIN") { Description = "The account the token acts as (with its role and unit)" };
        var name = new Option<string>("--name") { Description = "What the token is for", Required = true };
        var expires = new Option<string?>("--expires") { Description = "YYYY-MM-DD: the token stops working at the start of that day (local time)" };
        var command = new Command("create", "Issue a token; its secret is printed once and never stored") { login, name, expires };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            DateTimeOffset? until = null;
            if (result.GetValue(expires) is { } text)
            {
                if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    Console.Error.WriteLine($"luoshi tokens create: expires: expected a date as YYYY-MM-DD, found '{text}'");
                    return ExitCodes.BadInput;
                }

                var midnight = day.ToDateTime(TimeOnly.MinValue);
                until = new DateTimeOffset(midnight, TimeZoneInfo.Local.GetUtcOffset(midnight));
            }

            await using var ledger = await store.OpenAsync(result, ct);
            var issued = await ledger.CreateApiTokenAsync(result.GetValue(login)!, result.GetValue(name)!, until, ct);
            if (!issued.Succeeded)
            {
                return ProblemOutput.Write("luoshi tokens create", issued.Error!, Console.Error);
            }

            Console.Out.WriteLine($"token #{issued.Value!.Token.Id} created");
            Console.Out.WriteLine($"secret: {issued.Value.Secret}");
            Console.Out.WriteLine("(shown only now; the ledger keeps only its hash)");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var store = new StoreSelection();
        var login = new Argument<string?>("LOGIN") { Description = "Only this account's tokens", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("list", "List tokens (never their secrets)") { login };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var logins = (await ledger.ListAccountsAsync(ct)).ToDictionary(a => a.Id, a => a.Login);
            var table = new Table().AddColumns("id", Lang.Pick("登录名", "login"), Lang.Pick("用途", "name"), Lang.Pick("创建时间", "created"),
                Lang.Pick("到期", "expires"), Lang.Pick("状态", "state"));
            var now = DateTimeOffset.UtcNow;
            foreach (var t in await ledger.ListApiTokensAsync(result.GetValue(login), ct))
            {
                var state = t.RevokedAt is { } revoked ? $"revoked {AccountsCommand.Time(revoked)}" : t.ExpiresAt <= now ? "expired" : "active";
                table.AddRow(t.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(logins[t.AccountId]), Markup.Escape(t.Name),
                    AccountsCommand.Time(t.CreatedAt), t.ExpiresAt is { } e ? AccountsCommand.Time(e) : "-", state);
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Revoke()
    {
        var store = new StoreSelection();
        var id = new Argument<int>("ID") { Description = "The token's number (see luoshi tokens list)" };
        var command = new Command("revoke", "Stop a token from working, from now on") { id };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var revoked = await ledger.RevokeApiTokenAsync(result.GetValue(id), ct);
            if (!revoked.Succeeded)
            {
                return ProblemOutput.Write("luoshi tokens revoke", revoked.Error!, Console.Error);
            }

            Console.Out.WriteLine($"token #{result.GetValue(id)} revoked");
            return ExitCodes.Success;
        });
        return command;
    }
}
