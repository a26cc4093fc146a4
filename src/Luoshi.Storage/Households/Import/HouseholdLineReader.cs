using System.Globalization;
using Luoshi.Domain.Households;
using Luoshi.Domain.Units;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Csv;
using C = Luoshi.Storage.Households.Import.HouseholdColumns;

namespace Luoshi.Storage.Households.Import;

/// <summary>Checks one row on its own and against the ledger's villages: every problem of the row is listed, each
/// with its column.</summary>
internal sealed class HouseholdLineReader(IReadOnlyDictionary<string, OrgUnitKind> units, CsvErrors errors)
{
    private const decimal MaxIncome = 100_000_000m;

    /// <summary>The row, or null after listing its problems.</summary>
    public HouseholdLine? Read(int line, string[] cells)
    {
        var ok = Required(line, cells, C.Household, Catalogue.Households.HouseholdNumber);
        ok &= Required(line, cells, C.Head, Catalogue.Households.HeadName);
        ok &= Village(line, cells[C.Village]);
        ok &= Identity(line, "id_number", cells[C.IdNumber], out var idKey);
        ok &= Year(line, cells[C.Year], out var year);
        ok &= Income(line, cells[C.Income], out var income);
        ok &= Members(line, cells[C.Members], out var members, out var memberKeys);
        var (risks, unknownRisk) = HouseholdWords.Risks(cells[C.Risks]);
        if (unknownRisk is not null)
        {
            errors.Add(line, "risks", Catalogue.Households.UnknownRisk(unknownRisk));
            ok = false;
        }

        var source = cells[C.Source].Length == 0 ? null : HouseholdWords.Source(cells[C.Source]);
        if (cells[C.Source].Length > 0 && source is null)
        {
            errors.Add(line, "source", Catalogue.Households.UnknownSource(cells[C.Source]));
            ok = false;
        }

        ok &= Date(line, cells, C.HardshipOn, out var hardship);
        ok &= States(line, cells, out var states);
        return ok
            ? new HouseholdLine(line, cells[C.Household], cells[C.Village], cells[C.Head], IdentityNumber.Normalize(cells[C.IdNumber]), idKey,
                members, memberKeys, year, income, risks, source, hardship, states)
            : null;
    }

    private bool Required(int line, string[] cells, int column, Words expected)
    {
        if (cells[column].Length > 0)
        {
            return true;
        }

        errors.Add(line, C.Names[column], Catalogue.Files.Expected(expected));
        return false;
    }

    private bool Village(int line, string code)
    {
        if (code.Length == 0)
        {
            errors.Add(line, "village", Catalogue.Files.Expected(Catalogue.Households.VillageCode));
            return false;
        }

        if (!units.TryGetValue(code, out var kind))
        {
            errors.Add(line, "village", Catalogue.Households.UnknownVillage(code));
            return false;
        }

        if (kind != OrgUnitKind.Village)
        {
            errors.Add(line, "village", Catalogue.Households.NotVillage(code, Catalogue.Units.Kind(kind)));
            return false;
        }

        return true;
    }

    private bool Identity(int line, string column, string text, out long key)
    {
        key = 0;
        if (IdentityNumber.Problem(text) is { } problem)
        {
            errors.Add(line, column, Catalogue.Households.NotIdNumber(text, problem));
            return false;
        }

        key = IdentityNumber.Key(text);
        return true;
    }

    private bool Year(int line, string text, out int year)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 2000 and <= 2100)
        {
            return true;
        }

        errors.Add(line, "year", Catalogue.Households.IncomeYear(text));
        return false;
    }

    private bool Income(int line, string text, out decimal income)
    {
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out income)
            && income < MaxIncome && income.Scale <= 2)
        {
            return true;
        }

        errors.Add(line, "income", Catalogue.Households.IncomeAmount(text));
        return false;
    }

    private bool Members(int line, string text, out List<HouseholdMember> members, out long[] keys)
    {
        members = [];
        keys = [];
        if (text.Length == 0)
        {
            return true;
        }

        var parts = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        keys = new long[parts.Length];
        var ok = true;
        for (var i = 0; i < parts.Length; i++)
        {
            var fields = parts[i].Split('/', StringSplitOptions.TrimEntries);
            if (fields.Length != 3 || fields[0].Length == 0 || fields[2].Length == 0)
            {
                errors.Add(line, "members", Catalogue.Households.MemberForm(i + 1, parts[i]));
                ok = false;
                continue;
            }

            if (IdentityNumber.Problem(fields[1]) is { } problem)
            {
                errors.Add(line, "members", Catalogue.Households.MemberId(i + 1, fields[0], fields[1], problem));
                ok = false;
                continue;
            }

            keys[i] = IdentityNumber.Key(fields[1]);
            members.Add(new HouseholdMember(fields[0], IdentityNumber.Normalize(fields[1]), fields[2]));
        }

        return ok;
    }

    private bool Date(int line, string[] cells, int column, out DateOnly? day)
    {
        day = null;
        var text = cells[column];
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        errors.Add(line, C.Names[column], Catalogue.Households.Date(text));
        return false;
    }

    // The dates of a register moved from another system say where each household stands: each later step needs the
    // one before it, on the same day or later.
    private bool States(int line, string[] cells, out StateDates? states)
    {
        states = null;
        var ok = Date(line, cells, C.FlaggedOn, out var flagged);
        ok &= Date(line, cells, C.IdentifiedOn, out var identified);
        ok &= Date(line, cells, C.AssistedOn, out var assisted);
        ok &= Date(line, cells, C.EliminatedOn, out var eliminated);
        if (!ok || (flagged ?? identified ?? assisted ?? eliminated) is null)
        {
            return ok;
        }

        if (Order(line, "assisted_on", assisted, "identified_on", identified) && Order(line, "eliminated_on", eliminated, "assisted_on", assisted)
            && Order(line, "identified_on", identified, "flagged_on", flagged, optional: true))
        {
            var state = eliminated is not null ? MonitoringState.RiskEliminated
                : assisted is not null ? MonitoringState.Assisted
                : identified is not null ? MonitoringState.Identified
                : MonitoringState.Flagged;
            states = new StateDates(state, flagged, identified, assisted, eliminated);
            return true;
        }

        return false;
    }

    private bool Order(int line, string later, DateOnly? laterDay, string earlier, DateOnly? earlierDay, bool optional = false)
    {
        if (laterDay is null || (earlierDay is null && optional) || laterDay >= earlierDay)
        {
            return true;
        }

        errors.Add(line, later, earlierDay is null
            ? Catalogue.Households.NeedsEarlier(later, earlier)
            : Catalogue.Households.Before(later, laterDay.Value, earlier, earlierDay.Value));
        return false;
    }
}
