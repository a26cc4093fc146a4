using Luoshi.Domain.Access;
using Luoshi.Storage;

namespace Luoshi.Cli.Demo;

/// <summary>The demo's accounts: an administrator, the supervision office, a leader and one reporter for every unit
/// that leads a task, each with a password generated for this run (never a fixed one that could leak into production).</summary>
internal static class DemoAccounts
{
    /// <summary>One created account and its password.</summary>
    public sealed record Created(string Login, string Name, AccountRole Role, string? Unit, string Password);

    public static async Task<(IReadOnlyList<Created> Accounts, string? Error)> CreateAsync(Luoshi.Storage.Ledger ledger, int planId, CancellationToken ct)
    {
        var plan = await ledger.FindPlanAsync(planId, ct);
        var units = await ledger.ListUnitsAsync(ct);
        var leads = plan!.Tasks.Select(t => t.LeadUnit).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var wanted = new List<NewAccount>
        {
            new("admin", "系统管理员", AccountRole.Administrator, null, Password()),
            new("office", "督查室", AccountRole.Office, null, Password()),
            new("leader", "市领导", AccountRole.Leader, null, Password()),
        };
        wanted.AddRange(units.Where(u => leads.Contains(u.Name)).Select(u => new NewAccount(u.Code.ToLowerInvariant(), u.Name + "填报员", AccountRole.UnitReporter, u.Name, Password())));
        var created = new List<Created>();
        foreach (var account in wanted)
        {
            var result = await ledger.CreateAccountAsync(account, ct);
            if (!result.Succeeded)
            {
                return (created, $"account {account.Login}: {result.Error}");
            }

            created.Add(new Created(result.Value!.Login, account.DisplayName, account.Role, account.Unit, account.Password));
        }

        return (created, null);
    }

    /// <summary>14 characters: easy to type from the terminal where the demo printed them.</summary>
    private static string Password() => GeneratedPassword.New(14);
}
