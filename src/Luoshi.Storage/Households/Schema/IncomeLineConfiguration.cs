using Luoshi.Domain.Households;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Households.Schema;

/// <summary>income_lines: keyed by year, in fen.</summary>
internal sealed class IncomeLineConfiguration : IEntityTypeConfiguration<IncomeLine>
{
    public void Configure(EntityTypeBuilder<IncomeLine> builder)
    {
        builder.ToTable("income_lines");
        builder.HasKey(l => l.Year);
        builder.Property(l => l.Year).ValueGeneratedNever();
        builder.Property(l => l.Amount).StoredAsFen();
    }
}
