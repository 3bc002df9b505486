/**
 * MLA 9 and Chicago author-date (17th ed.) as CSL styles, for the one kind of item GT Lens cites:
 * a newspaper article read online. citation-js bundles APA 7 but not these two, and no installed
 * package ships them; these short styles hold only the rules such an item meets (the full styles
 * of the CSL repository can replace them by the same names). citeproc formats every citation.
 */

const HEAD = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" demote-non-dropping-particle="never" default-locale="en-US">`;

/** MLA 9: "Zhang, Wei, and Na Li. “Title in Title Case.” Global Times, 5 Jan. 2026, www…. Accessed 6 Dec. 2026." */
export const MLA_9 = `${HEAD}
  <info><title>MLA 9, newspaper articles online (GT Lens)</title><id>gt-lens-mla-9</id><updated>2026-12-06T00:00:00+00:00</updated></info>
  <locale xml:lang="en">
    <terms>
      <term name="month-01" form="short">Jan.</term><term name="month-02" form="short">Feb.</term>
      <term name="month-03" form="short">Mar.</term><term name="month-04" form="short">Apr.</term>
      <term name="month-05" form="short">May</term><term name="month-06" form="short">June</term>
      <term name="month-07" form="short">July</term><term name="month-08" form="short">Aug.</term>
      <term name="month-09" form="short">Sept.</term><term name="month-10" form="short">Oct.</term>
      <term name="month-11" form="short">Nov.</term><term name="month-12" form="short">Dec.</term>
    </terms>
  </locale>
  <macro name="author">
    <names variable="author">
      <name and="text" delimiter-precedes-last="always" delimiter-precedes-et-al="always" name-as-sort-order="first"/>
    </names>
  </macro>
  <citation et-al-min="3" et-al-use-first="1">
    <layout prefix="(" suffix=")"><names variable="author"><name form="short" and="text"/><substitute><text variable="title" quotes="true"/></substitute></names></layout>
  </citation>
  <bibliography et-al-min="3" et-al-use-first="1" hanging-indent="true">
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text variable="title" text-case="title" quotes="true"/>
        <group delimiter=", ">
          <text variable="container-title" font-style="italic" text-case="title"/>
          <date variable="issued"><date-part name="day" suffix=" "/><date-part name="month" form="short" suffix=" "/><date-part name="year"/></date>
          <text variable="URL"/>
        </group>
        <group delimiter=" ">
          <text term="accessed" text-case="capitalize-first"/>
          <date variable="accessed"><date-part name="day" suffix=" "/><date-part name="month" form="short" suffix=" "/><date-part name="year"/></date>
        </group>
      </group>
    </layout>
  </bibliography>
</style>`;

/** Chicago author-date: "Zhang, Wei, and Na Li. 2026. “Title in Title Case.” Global Times, January 5, 2026. https://…." */
export const CHICAGO_AUTHOR_DATE = `${HEAD}
  <info><title>Chicago author-date, newspaper articles online (GT Lens)</title><id>gt-lens-chicago-author-date</id><updated>2026-12-06T00:00:00+00:00</updated></info>
  <citation et-al-min="4" et-al-use-first="1" disambiguate-add-year-suffix="true">
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=" "><names variable="author"><name form="short" and="text"/></names><date variable="issued"><date-part name="year"/></date></group>
    </layout>
  </citation>
  <bibliography et-al-min="11" et-al-use-first="7" hanging-indent="true" entry-spacing="0">
    <layout suffix=".">
      <group delimiter=". ">
        <names variable="author">
          <name and="text" delimiter-precedes-last="always" name-as-sort-order="first"/>
        </names>
        <date variable="issued"><date-part name="year"/></date>
        <text variable="title" text-case="title" quotes="true"/>
        <group delimiter=", ">
          <text variable="container-title" font-style="italic" text-case="title"/>
          <date variable="issued"><date-part name="month" suffix=" "/><date-part name="day" suffix=", "/><date-part name="year"/></date>
        </group>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>`;
