using Luoshi.Domain.Households;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Households.Schema;

/// <summary>household_incomes: one row per household and year, in fen.</summary>
internal sealed class HouseholdIncomeConfiguration : IEntityTypeConfiguration<HouseholdIncome>
{
    public void Configure(EntityTypeBuilder<HouseholdIncome> builder)
    {
        builder.ToTable("household_incomes");
        builder.HasIndex(i => new { i.HouseholdId, i.Year }).IsUnique();
        builder.HasOne<Household>().WithMany().HasForeignKey(i => i.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.Amount).StoredAsFen();
    }
}
