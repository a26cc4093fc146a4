using System.Security.Cryptography;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Files;
using Luoshi.Intake.Progress.Template;
using Luoshi.Storage;

namespace Luoshi.Documents.Excel;

/// <summary>Reads a filled-in report template back into the ledger: every row checked first by the template's reader in
/// Luoshi.Intake (each problem placed by file, sheet, row and column), then the unit's reports stored in one
/// transaction through the progress import's path; a file with any problem stores nothing.</summary>
public static class TemplateImport
{
    /// <summary>Imports <paramref name="path"/> into plan <paramref name="planId"/>, as drafts or, with
    /// <paramref name="submit"/>, submitted. <paramref name="unit"/>, when given, is the only unit whose template is accepted.</summary>
    public static async Task<CsvImportResult> ImportAsync(
        Storage.Ledger ledger, int planId, string path, string? unit, bool submit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            if (InputLimits.InputCheck.Size(new FileInfo(path).Length) is { } tooLarge)
            {
                return new CsvImportResult(0, [tooLarge.InFile(name)]);
            }

            bytes = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(new Problem(Catalogue.Files.CannotRead(e.Message), Place.OfFile(name)));
        }

        if (await ledger.FindPlanAsync(planId, ct).ConfigureAwait(false) is not { } plan)
        {
            return Refused(Catalogue.Ledger.NoPlan(planId));
        }

        // The unit as the template writes it: its full name, whichever of its names the person typed.
        var expected = unit is null ? null : TemplateUnits.NamesOf(await ledger.ListUnitsAsync(ct).ConfigureAwait(false), unit)[0];
        var locked = (await ledger.ListReportsAsync(planId, ct: ct).ConfigureAwait(false))
            .Where(r => !ReportWorkflow.IsEditable(r.State)).Select(r => (r.TaskCode, r.Period)).ToHashSet();
        var (reports, problems) = new TemplateFile(plan, expected, locked).Read(IntakeFile.FromBytes(name, bytes));
        if (problems.Any)
        {
            return new CsvImportResult(0, problems.ToList());
        }

        var drafts = reports.Select(r => new ReportDraft(plan.Id, r.TaskCode, r.Period, r.Unit,
            [.. r.Values.Select(v => new TargetValue(v.TargetCode, v.Value, v.Numerator, v.Denominator, v.DoneOn))], r.Progress, r.Problems, r.NextSteps, [])).ToList();
        return await ledger.ImportReportsAsync(planId, new ReportBatch(name, Convert.ToHexStringLower(SHA256.HashData(bytes)), drafts, submit), ct).ConfigureAwait(false);
    }

    private static CsvImportResult Refused(Problem problem) => new(0, [problem]);
}
