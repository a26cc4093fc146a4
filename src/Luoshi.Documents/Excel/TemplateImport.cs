using System.Security.Cryptography;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Wording;
using Luoshi.Storage;

namespace Luoshi.Documents.Excel;

/// <summary>Reads a filled-in report template back into the ledger: every row checked first (each problem placed by
/// file, sheet, row and column), then the unit's reports stored in one transaction; a file with any problem stores nothing.</summary>
public static class TemplateImport
{
    /// <summary>Imports <paramref name="path"/> into plan <paramref name="planId"/>, as drafts or, with
    /// <paramref name="submit"/>, submitted. <paramref name="unit"/>, when given, is the only unit whose template is accepted.</summary>
    public static async Task<CsvImportResult> ImportAsync(
        Storage.Ledger ledger, int planId, string path, string? unit, bool submit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var file = Path.GetFileName(path);
        var problems = new TemplateProblems(file);
        byte[] bytes;
        try
        {
            if (InputLimits.InputCheck.Size(new FileInfo(path).Length) is { } tooLarge)
            {
                return new CsvImportResult(0, [tooLarge.InFile(file)]);
            }

            bytes = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CsvImportResult(0, [new Problem(Catalogue.Files.CannotRead(e.Message), Place.OfFile(file))]);
        }

        if (await ledger.FindPlanAsync(planId, ct).ConfigureAwait(false) is not { } plan)
        {
            return new CsvImportResult(0, [Catalogue.Ledger.NoPlan(planId)]);
        }

        var (cells, error) = SheetCells.Read(new MemoryStream(bytes, writable: false), TemplateColumns.Sheet);
        if (cells is null)
        {
            problems.AddFile(error!.Value);
            return new CsvImportResult(0, problems.List);
        }

        // The unit as the template writes it: its full name, whichever of its names the person typed.
        var expected = unit is null ? null : TemplateUnits.NamesOf(await ledger.ListUnitsAsync(ct).ConfigureAwait(false), unit)[0];
        var context = new TemplateContext(plan, new ReportingCalendar(plan.Year, plan.Cadence), expected);
        var stored = await ledger.ListReportsAsync(planId, ct: ct).ConfigureAwait(false);
        var drafts = TemplateReports.Collect(cells, context, stored, problems);
        if (problems.Any)
        {
            return new CsvImportResult(0, problems.List);
        }

        if (drafts.Count == 0)
        {
            problems.AddFile(Catalogue.OfficeFiles.NothingFilled(TemplateColumns.HeaderRow));
            return new CsvImportResult(0, problems.List);
        }

        return await ledger.ImportReportsAsync(planId, new ReportBatch(file, Convert.ToHexStringLower(SHA256.HashData(bytes)), drafts, submit), ct).ConfigureAwait(false);
    }
}
