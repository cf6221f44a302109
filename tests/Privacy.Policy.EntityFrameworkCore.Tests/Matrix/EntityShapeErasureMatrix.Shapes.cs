using System.Collections.Generic;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>The entity shapes of the EF Core erasure matrix.</summary>
public abstract partial class EntityShapeErasureMatrix
{
    /// <summary>Cells that fail on a real product defect, left out of the data until it is fixed.</summary>
    private static readonly HashSet<string> KnownDefects = [];

    private static readonly IReadOnlyList<IEntityShape> Shapes =
    [
        new Shape<MatrixPlainRow>("plain class")
        {
            Build = (id, subject) => new() { Id = id, CustomerId = subject, ContractEnded = ContractEnded, Email = Email(id), Iban = Iban, Note = Note },
            Id = row => row.Id,
            Columns = [("Id", row => row.Id), ("CustomerId", row => row.CustomerId), ("ContractEnded", row => row.ContractEnded), ("Email", row => row.Email), ("Iban", row => row.Iban), ("Note", row => row.Note)],
            Held = ["Iban"],
        },
        new Shape<MatrixRecordRow>("record")
        {
            Build = (id, subject) => new() { Id = id, CustomerId = subject, ContractEnded = ContractEnded, Email = Email(id), Iban = Iban, Note = Note },
            Id = row => row.Id,
            Columns = [("Id", row => row.Id), ("CustomerId", row => row.CustomerId), ("ContractEnded", row => row.ContractEnded), ("Email", row => row.Email), ("Iban", row => row.Iban), ("Note", row => row.Note)],
            Held = ["Iban"],
        },
        new Shape<MatrixDerivedRow>("derived entity (TPH), erased as the derived type")
        {
            Build = (id, subject) => new() { Id = id, CustomerId = subject, ContractEnded = ContractEnded, Email = Email(id), Iban = Iban, Note = Note },
            Id = row => row.Id,
            Columns = [("Id", row => row.Id), ("CustomerId", row => row.CustomerId), ("ContractEnded", row => row.ContractEnded), ("Email", row => row.Email), ("Iban", row => row.Iban), ("Note", row => row.Note)],
            Held = ["Iban"],
        },
        new Shape<MatrixBaseRow>("derived entity (TPH), erased through the base type")
        {
            Build = (id, subject) => new MatrixDerivedRow { Id = id, CustomerId = subject, ContractEnded = ContractEnded, Email = Email(id), Iban = Iban, Note = Note },
            Id = row => row.Id,
            Mapped = typeof(MatrixDerivedRow),
            // The database erases each row by its concrete type's classification: as Erase<MatrixDerivedRow> does.
            EraseInMemory = (policy, row) => InMemoryErasure<MatrixBaseRow>.Of(policy.Erase((MatrixDerivedRow)row)),
            Columns = [("Id", row => row.Id), ("CustomerId", row => row.CustomerId), ("ContractEnded", row => row.ContractEnded), ("Email", row => ((MatrixDerivedRow)row).Email), ("Iban", row => row.Iban), ("Note", row => ((MatrixDerivedRow)row).Note)],
            Held = ["Iban"],
        },
        new Shape<MatrixOwnerRow>("owned type (OwnsOne)")
        {
            Build = (id, subject) => new() { Id = id, CustomerId = subject, Note = Note, Contact = new() { ContractEnded = ContractEnded, Email = Email(id), Iban = Iban, Note = Note } },
            Id = row => row.Id,
            Columns = [("Id", row => row.Id), ("CustomerId", row => row.CustomerId), ("Note", row => row.Note), ("Contact.ContractEnded", row => row.Contact?.ContractEnded), ("Contact.Email", row => row.Contact?.Email), ("Contact.Iban", row => row.Contact?.Iban), ("Contact.Note", row => row.Contact?.Note)],
            Held = ["Contact.Iban"],
        },
        new Shape<MatrixUniqueRow>("nullable unique column")
        {
            Build = (id, subject) => new() { Id = id, CustomerId = subject, ContractEnded = ContractEnded, Email = Email(id), Iban = Iban, Note = Note },
            Id = row => row.Id,
            Columns = [("Id", row => row.Id), ("CustomerId", row => row.CustomerId), ("ContractEnded", row => row.ContractEnded), ("Email", row => row.Email), ("Iban", row => row.Iban), ("Note", row => row.Note)],
            Held = ["Iban"],
        },
        new Shape<MatrixUniqueRequiredRow>("required unique column")
        {
            Build = (id, subject) => new() { Id = id, CustomerId = subject, ContractEnded = ContractEnded, Email = Email(id), Iban = Iban, Note = Note },
            Id = row => row.Id,
            Columns = [("Id", row => row.Id), ("CustomerId", row => row.CustomerId), ("ContractEnded", row => row.ContractEnded), ("Email", row => row.Email), ("Iban", row => row.Iban), ("Note", row => row.Note)],
            Held = ["Iban"],
        },
        new Shape<MatrixFieldRow>("public field")
        {
            Build = (id, subject) => new() { Id = id, CustomerId = subject, ContractEnded = ContractEnded, Email = Email(id), Iban = Iban, Note = Note },
            Id = row => row.Id,
            Columns = [("Id", row => row.Id), ("CustomerId", row => row.CustomerId), ("ContractEnded", row => row.ContractEnded), ("Email", row => row.Email), ("Iban", row => row.Iban), ("Note", row => row.Note)],
            Held = ["Iban"],
        },
    ];
}
