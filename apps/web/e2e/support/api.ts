/**
 * GraphQL over HTTP as a demo user, for a browser test's setup (finding or making the data the screens
 * then work on; the journey itself is walked in the browser). Throws on any GraphQL error.
 */
export async function asUser(url: string, email: string) {
  const call = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { devLogin } = await call<{ devLogin: { token: string } }>(
    `mutation($e: String!) { devLogin(email: $e) { token } }`,
    { e: email },
  );
  return <T>(query: string, variables: Record<string, unknown> = {}) => call<T>(query, variables, devLogin.token);
}
