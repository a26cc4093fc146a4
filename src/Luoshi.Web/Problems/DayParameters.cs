using System.Reflection;
using Luoshi.Domain.Time;
using Luoshi.Domain.Wording;
using Luoshi.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Luoshi.Web.Problems;

/// <summary>Refuses, for every operation of a group, a day (asOf, a deadline) or a year outside the ledger's years
/// (<see cref="LedgerYears"/>) before the operation runs: asOf=0001-01-01 is a 400 naming asOf, not a failed date
/// subtraction deep in the evaluation.</summary>
internal static class DayParameters
{
    public static TBuilder CheckDays<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var checks = factory.MethodInfo.GetParameters().Select((p, i) => (Parameter: p, Index: i)).Where(c => IsDay(c.Parameter) || IsYear(c.Parameter)).ToList();
            return checks.Count == 0 ? next : async context =>
            {
                foreach (var (parameter, index) in checks)
                {
                    if (Problem(parameter, context.Arguments[index]) is { } problem)
                    {
                        return ApiResults.Refused(problem);
                    }
                }

                return await next(context).ConfigureAwait(false);
            };
        });

    /// <summary>The refusal of <paramref name="day"/> given as <paramref name="name"/>, or null when it is one of the ledger's days.</summary>
    public static Problem? Check(string name, DateOnly? day) => day is { } d && !LedgerYears.Contains(d)
        ? new Problem(Catalogue.Requests.DayOutOfRange(name, d, LedgerYears.FirstDay, LedgerYears.LastDay), Place.OfField(name))
        : null;

    /// <summary>The refusal of a year outside the ledger's, or null.</summary>
    public static Problem? CheckYear(string name, int? year) => year is { } y && !LedgerYears.Contains(y)
        ? new Problem(Catalogue.Requests.YearOutOfRange(name, y, LedgerYears.First, LedgerYears.Last), Place.OfField(name))
        : null;

    private static Problem? Problem(ParameterInfo parameter, object? value) => value switch
    {
        DateOnly day => Check(parameter.Name!, day),
        int year when IsYear(parameter) => CheckYear(parameter.Name!, year),
        _ => null,
    };

    private static bool IsDay(ParameterInfo p) => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) == typeof(DateOnly);

    private static bool IsYear(ParameterInfo p) =>
        (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) == typeof(int) && string.Equals(p.Name, "year", StringComparison.OrdinalIgnoreCase);
}
