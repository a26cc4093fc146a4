using System.CommandLine;
using System.Globalization;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Storage;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Access;

/// <summary><c>luoshi accounts add|list|password|disable|enable|unlock</c>: the people who sign in to the web application.</summary>
internal static class AccountsCommand
{
    public static Command Create() => new("accounts", "People who sign in: add, list, set a password, disable, enable or unlock")
    {
        Add(),
        List(),
        Password(),
        Disabled("disable", "Stop an account from signing in (its API tokens stop working too)", true),
        Disabled("enable", "Let a disabled account sign in again", false),
        Unlock(),
    };

    private static Command Add()
    {
        var store = new StoreSelection();
        var login = new Argument<string>("LOGIN") { Description = "Sign-in name: 2 to 64 of a-z, 0-9, '.', '_', '-' (any case, stored in lower case)" };
        var name = new Option<string>("--name") { Description = "The person's name as pages and the audit trail show it", Required = true };
        var role = new Option<string>("--role") { Description = "admin, office (督查室), unit (a unit's reporter), leader, or feed (数据接入: a station's software that only pushes monitoring data)", Required = true };
        var unit = new Option<string?>("--unit") { Description = "The unit (name or alias) a unit reporter reports for; only with --role unit" };
        var password = new Option<string?>("--password") { Description = "At least 10 characters; without it a strong one is made and printed once" };
        var command = new Command("add", "Create an account") { login, name, role, unit, password };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            // Checked here rather than by the parser, so a wrong role is one line naming the field like every other mistake.
            if (AccountRoleNames.Parse(result.GetValue(role)!) is not { } chosen)
            {
                Console.Error.WriteLine($"luoshi accounts add: role: expected admin, office, unit, leader or feed, found '{result.GetValue(role)}'");
                return ExitCodes.BadInput;
            }

            var given = result.GetValue(password);
            var secret = given ?? GeneratedPassword.New();
            await using var ledger = await store.OpenAsync(result, ct);
            var created = await ledger.CreateAccountAsync(
                new NewAccount(result.GetValue(login)!, result.GetValue(name)!, chosen, result.GetValue(unit), secret), ct);
            if (!created.Succeeded)
            {
                return ProblemOutput.Write("luoshi accounts add", created.Error!, Console.Error);
            }

            var account = created.Value!;
            var where = account.Unit is null ? "" : $", {account.Unit}";
            Console.Out.WriteLine($"account {account.Login} created ({AccountRoleNames.Of(account.Role)}{where})");
            PrintGenerated(given, secret);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var store = new StoreSelection();
        var command = new Command("list", "List the accounts (never their passwords)");
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var table = new Table().AddColumns(Lang.Pick("登录名", "login"), Lang.Pick("姓名", "name"), Lang.Pick("角色", "role"),
                Lang.Pick("单位", "unit"), Lang.Pick("状态", "state"), Lang.Pick("创建时间", "created"));
            var locks = (await ledger.ListSignInLocksAsync(ct)).ToLookup(l => l.Login, StringComparer.Ordinal);
            foreach (var a in await ledger.ListAccountsAsync(ct))
            {
                var state = a.Disabled ? "disabled"
                    : locks[a.Login].Any() ? $"locked from {locks[a.Login].Count()} address(es) until {Time(locks[a.Login].Max(l => l.Until))}" : "active";
                table.AddRow(Markup.Escape(a.Login), Markup.Escape(a.DisplayName), AccountRoleNames.Of(a.Role),
                    Markup.Escape(a.Unit ?? ""), state, Time(a.CreatedAt));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Password()
    {
        var store = new StoreSelection();
        var login = new Argument<string>("LOGIN") { Description = "The account" };
        var password = new Option<string?>("--password") { Description = "At least 10 characters; without it a strong one is made and printed once" };
        var command = new Command("password", "Give an account a new password (also lifts a lockout)") { login, password };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var given = result.GetValue(password);
            var secret = given ?? GeneratedPassword.New();
            await using var ledger = await store.OpenAsync(result, ct);
            var set = await ledger.SetPasswordAsync(result.GetValue(login)!, secret, ct);
            if (!set.Succeeded)
            {
                return ProblemOutput.Write("luoshi accounts password", set.Error!, Console.Error);
            }

            Console.Out.WriteLine($"password of {result.GetValue(login)!.Trim().ToLowerInvariant()} changed");
            PrintGenerated(given, secret);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Disabled(string verb, string description, bool disabled)
    {
        var store = new StoreSelection();
        var login = new Argument<string>("LOGIN") { Description = "The account" };
        var command = new Command(verb, description) { login };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var set = await ledger.SetAccountDisabledAsync(result.GetValue(login)!, disabled, ct);
            if (!set.Succeeded)
            {
                return ProblemOutput.Write($"luoshi accounts {verb}", set.Error!, Console.Error);
            }

            Console.Out.WriteLine($"account {result.GetValue(login)!.Trim().ToLowerInvariant()} {verb}d");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Unlock()
    {
        var store = new StoreSelection();
        var login = new Argument<string>("LOGIN") { Description = "The account" };
        var command = new Command("unlock", "Lift the account's sign-in lockouts from every address") { login };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var set = await ledger.UnlockAccountAsync(result.GetValue(login)!, ct);
            if (!set.Succeeded)
            {
                return ProblemOutput.Write("luoshi accounts unlock", set.Error!, Console.Error);
            }

            Console.Out.WriteLine($"account {result.GetValue(login)!.Trim().ToLowerInvariant()} unlocked");
            return ExitCodes.Success;
        });
        return command;
    }

    // Printed once, here: the ledger keeps only its hash.
    private static void PrintGenerated(string? given, string secret)
    {
        if (given is null)
        {
            Console.Out.WriteLine($"password: {secret}");
            Console.Out.WriteLine("(shown only now; hand it over safely and have the person change it)");
        }
    }

    internal static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
