import Foundation

/// `Set-Cookie` values for the refresh token and the fingerprint: `HttpOnly` (page script cannot read
/// them), `Secure` (HTTPS only), `SameSite=Strict` (not sent on cross-site requests).
///
/// Use a `__Host-` name (no `Domain`, `Path=/`, `Secure`: the browser pins the cookie to this origin) or a
/// `__Secure-` name with a narrower `path`, e.g. the refresh endpoint for the refresh token.
public enum SessionCookie {
    /// The `Set-Cookie` header value for `name=value`.
    ///
    /// - Parameters:
    ///   - name: The cookie name; `__Host-` names require `path` to be `/`.
    ///   - value: The refresh token's or the fingerprint's text (base64url: no quoting needed).
    ///   - path: Where the browser sends it.
    ///   - maxAge: Seconds until the browser drops it; `nil` for a session cookie.
    public static func setCookie(name: String, value: String, path: String = "/", maxAge: Int? = nil) -> String {
        var attributes = ["\(name)=\(value)", "Path=\(path)", "HttpOnly", "Secure", "SameSite=Strict"]
        if let maxAge { attributes.append("Max-Age=\(maxAge)") }
        return attributes.joined(separator: "; ")
    }

    /// The `Set-Cookie` value that deletes cookie `name` (at logout).
    public static func clearing(name: String, path: String = "/") -> String {
        setCookie(name: name, value: "", path: path, maxAge: 0)
    }
}

extension IssuedTokens {
    /// The fingerprint's cookie, `__Host-fp` by default, living as long as the session.
    public func fingerprintCookie(name: String = "__Host-fp") -> String {
        SessionCookie.setCookie(name: name, value: fingerprint.text, maxAge: sessionLifetimeSeconds)
    }

    /// The refresh token's cookie, `__Host-rt` by default, living as long as the session.
    public func refreshTokenCookie(name: String = "__Host-rt", path: String = "/") -> String {
        SessionCookie.setCookie(name: name, value: refreshToken.text, path: path, maxAge: sessionLifetimeSeconds)
    }

    private var sessionLifetimeSeconds: Int {
        max(0, Int(session.absoluteExpiry.timeIntervalSince(session.lastUsed).rounded(.down)))
    }
}
