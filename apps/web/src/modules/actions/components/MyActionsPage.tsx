import { MyActions } from './MyActions';

/** "Mijn acties": all of the signed-in person's open actions on one page, for those who have many. */
export function MyActionsPage() {
  return (
    <main id="main">
      <MyActions headingLevel={1} />
    </main>
  );
}
