using System.CommandLine;
using System.Globalization;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Storage.Households;
using Luoshi.Storage.Households.Reading;

namespace Luoshi.Cli.Commands.Households;

/// <summary><c>luoshi households show H001</c>: one household in full, as the office sees it; the view is audited
/// like every view of a household's detail.</summary>
internal static class HouseholdShowCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var key = new Argument<string>("HOUSEHOLD") { Description = "The household's number or its head's identity number" };
        var command = new Command("show", "Show one household (recorded in the audit trail as a view)") { key };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var shown = await ledger.ViewHouseholdAsync(HouseholdViewer.Office, result.GetValue(key)!, ct);
            if (!shown.Succeeded)
            {
                return ProblemOutput.Write("luoshi households show", shown.Error!, Console.Error);
            }

            var h = shown.Value!;
            var o = Console.Out;
            o.WriteLine($"{h.Number}  {h.TownName} {h.VillageName}  {h.HeadName} {h.HeadIdNumber}");
            o.WriteLine($"state: {HouseholdWords.StateZh(h.State)} ({h.State})  risks: {HouseholdWords.RisksZh(h.Risks)}  source: {HouseholdWords.SourceZh(h.Source)}");
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"hardship {h.HardshipOn:yyyy-MM-dd}  flagged {h.FlaggedOn:yyyy-MM-dd}  identified {h.IdentifiedOn:yyyy-MM-dd}  assisted {h.AssistedOn:yyyy-MM-dd}  eliminated {h.EliminatedOn:yyyy-MM-dd}"));
            foreach (var m in h.Members)
            {
                o.WriteLine($"member: {m.Name} {m.IdNumber} {m.Relation}");
            }

            foreach (var i in h.Incomes)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"income {i.Year}: {i.Amount:0.##} yuan per person (recorded {i.RecordedOn:yyyy-MM-dd})"));
            }

            foreach (var m in h.Measures)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measure from {m.StartedOn:yyyy-MM-dd}: {m.Kind} — {m.Description}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
