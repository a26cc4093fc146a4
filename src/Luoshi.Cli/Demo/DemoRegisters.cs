using Luoshi.Domain.Units;
using Luoshi.Storage;
using Luoshi.Storage.Villages;

namespace Luoshi.Cli.Demo;

/// <summary>Writes the demo's monitoring data and registers as files into a temporary directory and imports them
/// through the ledger's own imports, the way an office loads its files: stations, sections, air and water data,
/// villages with their standard, assessments, sewage and income, and the household register.</summary>
internal static class DemoRegisters
{
    public static async Task<string?> ImportAsync(Luoshi.Storage.Ledger ledger, int year, DateOnly day, int seed, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("luoshi-demo-").FullName;
        try
        {
            return await MonitoringAsync(ledger, folder, year, day, seed, ct)
                ?? await VillagesAsync(ledger, folder, year, day, seed, ct);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string?> MonitoringAsync(Luoshi.Storage.Ledger ledger, string folder, int year, DateOnly day, int seed, CancellationToken ct)
    {
        var stations = await ledger.ImportStationsAsync(await WriteAsync(folder, "stations.csv", DemoAir.StationsCsv(), ct), ct);
        var sections = await ledger.ImportSectionsAsync(await WriteAsync(folder, "sections.csv", DemoWater.SectionsCsv(), ct), ct);
        if ((Problem(stations) ?? Problem(sections)) is { } registers)
        {
            return registers;
        }

        var air = await ledger.IngestAirAsync(await WriteAsync(folder, "air-hourly.csv", DemoAir.HourlyCsv(year, day, seed + 1), ct), ct);
        var water = await ledger.IngestWaterAsync(await WriteAsync(folder, "water-samples.csv", DemoWater.SamplesCsv(year, day, seed + 2), ct), ct);
        return air.Succeeded && water.Succeeded ? null : string.Join("; ", air.Errors.Concat(water.Errors));
    }

    private static async Task<string?> VillagesAsync(Luoshi.Storage.Ledger ledger, string folder, int year, DateOnly day, int seed, CancellationToken ct)
    {
        var random = new Random(seed + 3);
        var towns = (await ledger.ListUnitsAsync(ct)).Where(u => u.Kind is OrgUnitKind.Town or OrgUnitKind.Subdistrict);
        var villages = DemoVillages.Generate(towns, random);
        var register = ledger.Villages;
        var steps = new (string File, string Text, Func<VillageFile, Task<CsvImportResult>> Import)[]
        {
            ("villages.csv", DemoVillages.RegisterCsv(villages), f => register.ImportAsync(f, ct)),
            ("standard.csv", DemoVillages.StandardCsv(), f => register.ImportStandardAsync(f, DemoVillages.Standard, ct)),
            ("assessments.csv", DemoVillages.AssessmentsCsv(villages, year, day, random), f => register.ImportAssessmentsAsync(f, DemoVillages.Standard, ct)),
            ("sewage.csv", DemoVillages.SewageCsv(villages, year, random), f => register.ImportSewageAsync(f, ct)),
            ("income.csv", DemoVillages.IncomeCsv(villages, year, random), f => register.ImportIncomeAsync(f, ct)),
        };
        foreach (var (file, text, import) in steps)
        {
            var (read, error) = VillageFile.FromPath(await WriteAsync(folder, file, text, ct));
            if (error is not null)
            {
                return error.Message;
            }

            if (Problem(await import(read!)) is { } problem)
            {
                return $"{file}: {problem}";
            }
        }

        var threshold = await register.SetIncomeThresholdAsync(year, DemoVillages.IncomeLine, ct);
        var line = await ledger.SetIncomeLineAsync(year, DemoHouseholds.IncomeLine, ct);
        var assisted = new List<DemoHouseholds.Assisted>();
        var households = await ledger.ImportHouseholdsAsync(
            await WriteAsync(folder, "households.csv", DemoHouseholds.Csv(villages, year, day, 300, new Random(seed + 4), assisted), ct), null, ct);
        string? refused = threshold.Error?.Message ?? line.Error?.Message ?? (households.Succeeded ? null : string.Join("; ", households.Errors));
        if (refused is not null)
        {
            return refused;
        }

        // Each household under assistance gets the measures of its risks, recorded as staff would.
        foreach (var (h, n) in assisted.Select((h, n) => (h, n)))
        {
            foreach (var (after, kind, text) in DemoHouseholds.Measures(h.Risks, n))
            {
                var on = h.On.AddDays(after) <= day ? h.On.AddDays(after) : day;
                if ((await ledger.RecordHouseholdStepAsync(h.Number, Storage.Households.Monitoring.HouseholdStep.Assist(on, kind, text), ct)).Error is { } error)
                {
                    return $"{h.Number}: {error.Message.Zh}";
                }
            }
        }

        return null;
    }

    private static string? Problem(CsvImportResult result) => result.Succeeded ? null : string.Join("; ", result.Errors);

    private static async Task<string> WriteAsync(string folder, string name, string text, CancellationToken ct)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, text, ct);
        return path;
    }
}
