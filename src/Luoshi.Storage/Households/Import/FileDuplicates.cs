using Luoshi.Domain.Households;
using Luoshi.Storage.Csv;

namespace Luoshi.Storage.Households.Import;

/// <summary>Finds a person or a household number twice in one file, naming both lines. People are kept by the 64-bit
/// key of their identity number, so two million households with their members fit in a few hundred megabytes.</summary>
internal sealed class FileDuplicates
{
    private readonly Dictionary<long, int> _people = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    /// <summary>False after listing the row's duplicates.</summary>
    public bool Check(HouseholdLine row, CsvErrors errors)
    {
        var ok = true;
        if (!_numbers.TryAdd(row.Number, row.Line))
        {
            errors.Add(row.Line, "household", $"household number '{row.Number}' is already on line {_numbers[row.Number]}");
            ok = false;
        }

        if (!_people.TryAdd(row.IdKey, row.Line))
        {
            errors.Add(row.Line, "id_number",
                $"identity number {PersonalData.MaskIdentityNumber(row.IdNumber)} is already on line {_people[row.IdKey]}; a person belongs to one household");
            ok = false;
        }

        for (var i = 0; i < row.MemberKeys.Length; i++)
        {
            var key = row.MemberKeys[i];
            if (key == row.IdKey || Array.IndexOf(row.MemberKeys, key) < i)
            {
                errors.Add(row.Line, "members", $"member {i + 1} is listed twice in the household");
                ok = false;
            }
            else if (!_people.TryAdd(key, row.Line))
            {
                errors.Add(row.Line, "members",
                    $"member {i + 1}'s identity number {PersonalData.MaskIdentityNumber(row.Members[i].IdNumber)} is already on line {_people[key]}; a person belongs to one household");
                ok = false;
            }
        }

        return ok;
    }
}
