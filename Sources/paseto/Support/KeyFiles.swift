/// `keygen --out PREFIX`: `PREFIX.key` (mode 0600) and, for a key pair, `PREFIX.pub` (mode 0644).
enum KeyFiles {
    /// Writes the secret PASERK (and the public one, if any) one per file, each followed by a newline.
    ///
    /// Existing files are never overwritten: losing a key to a typo cannot be undone. When the second file
    /// cannot be created, the first is removed again so that no half pair is left behind.
    ///
    /// - Throws: ``InputError`` `unwritable-file`.
    static func write(prefix: String, secret: String, public publicKey: String?) throws {
        let secretPath = prefix + ".key"
        try FileBytes.createNew(atPath: secretPath, contents: Array((secret + "\n").utf8), mode: 0o600)
        guard let publicKey else { return }
        do {
            try FileBytes.createNew(atPath: prefix + ".pub", contents: Array((publicKey + "\n").utf8), mode: 0o644)
        } catch {
            FileBytes.remove(atPath: secretPath)
            throw error
        }
    }
}
